CasebookSearch.add("t/e58a9f",[["功并",[9808,"BgDggFBxc"]]]);
