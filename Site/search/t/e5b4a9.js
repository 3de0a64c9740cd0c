CasebookSearch.add("t/e5b4a9",[["崩溃",[9808,"BgDggFBle"]]]);
