CasebookSearch.add("t/e681a2",[["恢复",[9808,"BgDggFBrd"]]]);
