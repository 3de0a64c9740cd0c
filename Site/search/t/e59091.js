CasebookSearch.add("t/e59091",[["向没",[9808,"BgDgoEBsV"]]]);
