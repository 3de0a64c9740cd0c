CasebookSearch.add("t/e782b9",[["点只",[1,"BgDgwEB0b"]]]);
