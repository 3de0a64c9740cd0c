CasebookSearch.add("t/e8b4a5",[["败的",[1,"BgDgoEBwT"]]]);
