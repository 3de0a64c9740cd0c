CasebookSearch.add("t/e8aeba",[["论有",[1,"BnCgoEBkgB"]]]);
