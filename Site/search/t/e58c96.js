CasebookSearch.add("t/e58c96",[["化引",[1,"BgDgiEB1J"]],["化的",[1,"BgDggFBgd"]]]);
