CasebookSearch.add("t/e58fa6",[["另一",[1,"BnCgkEBqW"]]]);
