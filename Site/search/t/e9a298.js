CasebookSearch.add("t/e9a298",[["题的",[9808,"BgDgoEBpX"]]]);
