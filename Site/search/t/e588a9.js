CasebookSearch.add("t/e588a9",[["利完",[9808,"BgDgiEB-I"]]]);
