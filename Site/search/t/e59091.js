CasebookSearch.add("t/e59091",[["向没",[1,"BgDgoEB0V"]]]);
