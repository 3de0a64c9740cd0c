CasebookSearch.add("t/e6b395",[["法是",[1,"BgDgoEBkS"]]]);
