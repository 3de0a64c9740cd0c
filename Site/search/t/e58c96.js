CasebookSearch.add("t/e58c96",[["化引",[1,"BgDgiEBtJ"]],["化的",[1,"BgDggFB4c"]]]);
