CasebookSearch.add("t/e6b58e",[["济于",[9808,"BgDgwEB1Y"]]]);
