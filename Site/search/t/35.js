CasebookSearch.add("t/35",[["5",[1,"BvEgkGCuZlnB"]]]);
