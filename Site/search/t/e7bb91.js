CasebookSearch.add("t/e7bb91",[["绑定",[9808,"BgDgkEB9O"]]]);
