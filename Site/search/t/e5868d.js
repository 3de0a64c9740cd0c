CasebookSearch.add("t/e5868d",[["再报",[9808,"BgDgoEBvW"]]]);
