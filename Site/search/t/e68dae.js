CasebookSearch.add("t/e68dae",[["据供",[1,"BgDgiEBjL"]]]);
