CasebookSearch.add("t/e5b09a",[["尚不",[1,"BnCgkEBxa"]]]);
