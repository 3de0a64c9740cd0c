CasebookSearch.add("t/e6b8b8",[["游的",[1,"BgDgoEBhS"]]]);
