CasebookSearch.add("t/e8b4a5",[["败的",[9808,"BgDgoEBoT"]]]);
