CasebookSearch.add("t/e6ba83",[["溃的",[1,"BnCgoEBuuB"]]]);
