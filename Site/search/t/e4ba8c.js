CasebookSearch.add("t/e4ba8c",[["二个",[1,"BgDgiEBpK"]],["二进",[1,"BgDggGBlhB"]]]);
