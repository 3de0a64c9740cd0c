CasebookSearch.add("t/e4bbbb",[["任何",[1,"B2Gg4ED1gBnC9S"]]]);
