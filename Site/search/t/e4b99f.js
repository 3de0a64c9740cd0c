CasebookSearch.add("t/e4b99f",[["也没",[1,"BgDgoEBpT"]]]);
