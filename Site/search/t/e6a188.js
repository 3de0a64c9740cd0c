CasebookSearch.add("t/e6a188",[["案前",[1,"BgDggGBmhB"]]]);
