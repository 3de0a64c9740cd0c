CasebookSearch.add("t/33",[["302",[2,"BgDgiEBrLBsCgCBvL"]],["31",[2,"BgDgkEBoOBsCgEB3P"]],["32",[3,"A3EgEBuKB1sBmxFI4BkB7D4SmDMIUBhyBm1BK0CjB3DwI_PR3DRFrB"]],["34",[1,"AggBgzBG3GBe4HCzC"]]]);
