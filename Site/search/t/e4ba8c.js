CasebookSearch.add("t/e4ba8c",[["二个",[1,"BgDgiEBxK"]],["二进",[1,"BgDggGBthB"]]]);
