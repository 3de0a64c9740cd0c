CasebookSearch.add("t/e9858d",[["配合",[9808,"BgDggFBzd"]]]);
