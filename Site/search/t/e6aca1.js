CasebookSearch.add("t/e6aca1",[["次重",[1,"BgDggFB8c"]]]);
