CasebookSearch.add("t/e5ae9c",[["宜之",[1,"BnCggGBi_B"]]]);
