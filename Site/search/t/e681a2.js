CasebookSearch.add("t/e681a2",[["恢复",[1,"BgDggFBzd"]]]);
