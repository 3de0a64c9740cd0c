CasebookSearch.add("t/e6a0b7",[["样检",[1,"BgDggFBxe"]]]);
