CasebookSearch.add("t/e4bbac",[["们分",[1,"BnCgkEBkW"]]]);
