CasebookSearch.add("t/e6a087",[["标即",[1,"BgDgwEBib"]]]);
