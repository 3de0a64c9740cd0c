CasebookSearch.add("t/e4ba8c",[["二个",[9808,"BgDgiEBpK"]],["二进",[9808,"BgDggGBlhB"]]]);
