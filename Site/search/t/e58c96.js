CasebookSearch.add("t/e58c96",[["化引",[9808,"BgDgiEBtJ"]],["化的",[9808,"BgDggFB4c"]]]);
