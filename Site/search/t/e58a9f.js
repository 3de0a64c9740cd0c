CasebookSearch.add("t/e58a9f",[["功并",[1,"BgDggFB5c"]]]);
