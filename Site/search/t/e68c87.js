CasebookSearch.add("t/e68c87",[["指向",[9808,"BgDgoEBrV"]]]);
