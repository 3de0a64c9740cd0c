CasebookSearch.add("t/e681a2",[["恢复",[1,"BnCggFB95B"]]]);
