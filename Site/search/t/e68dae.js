CasebookSearch.add("t/e68dae",[["据供",[9808,"BgDgiEB7K"]]]);
