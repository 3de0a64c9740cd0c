CasebookSearch.add("t/e68c87",[["指向",[1,"BgDgoEBzV"]]]);
