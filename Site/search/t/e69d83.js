CasebookSearch.add("t/e69d83",[["权宜",[1,"BnCggGBh_B"]]]);
