CasebookSearch.add("t/e587a0",[["几乎",[9808,"BgDgiEBoL"]]]);
