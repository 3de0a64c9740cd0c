CasebookSearch.add("t/e4bdbf",[["使用",[1,"BgDgiEB9L"]]]);
