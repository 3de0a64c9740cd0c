CasebookSearch.add("t/e6b58b",[["测试",[9808,"BgDggFB4d"]]]);
