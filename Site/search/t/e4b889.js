CasebookSearch.add("t/e4b889",[["三处",[1,"BnCgiEB2P"]],["三条",[1,"BnCgoEB6mB"]]]);
