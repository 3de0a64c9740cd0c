CasebookSearch.add("t/e69bb4",[["更早",[1,"BmKglGDlI7PvoB"]],["更记",[1,"BnCgoEBzc"]]]);
