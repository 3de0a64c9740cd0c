CasebookSearch.add("t/e4b98e",[["乎可",[1,"BnCgiEB_M"]]]);
