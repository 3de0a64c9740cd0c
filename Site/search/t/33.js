CasebookSearch.add("t/33",[["302",[2,"BgDgiEBjLBsCgCBnL"]],["31",[2,"BgDgkEBgOBsCgEBvP"]],["32",[3,"A3EgEBmKB1sBmxFI4BkBzD4SmDMIUBhyBm1BK0CjBvDwI_PR3DRFrB"]],["34",[1,"AggBgzBGvGBe4HCzC"]]]);
