CasebookSearch.add("t/e4bdbf",[["使用",[9808,"BgDgiEB1L"]]]);
