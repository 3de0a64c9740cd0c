CasebookSearch.add("t/e8b58b",[["赋予",[1,"BnCgkEBqX"]]]);
