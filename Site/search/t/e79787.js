CasebookSearch.add("t/e79787",[["症状",[9808,"BgDgiEB8H"]]]);
