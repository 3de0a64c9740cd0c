CasebookSearch.add("t/e7a1ae",[["确定",[1,"BgDgiEBsL"]],["确实",[1,"BgDgoEBsU"]],["确认",[1,"B_FggFClce"]]]);
