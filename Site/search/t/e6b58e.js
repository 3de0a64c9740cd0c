CasebookSearch.add("t/e6b58e",[["济于",[1,"BgDgwEB9Y"]]]);
