CasebookSearch.add("t/e9a298",[["题的",[1,"BgDgoEBxX"]]]);
