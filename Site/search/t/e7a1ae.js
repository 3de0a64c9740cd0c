CasebookSearch.add("t/e7a1ae",[["确定",[9808,"BgDgiEBsL"]],["确实",[9808,"BgDgoEBsU"]],["确认",[9808,"B_FggFClce"]]]);
