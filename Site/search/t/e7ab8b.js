CasebookSearch.add("t/e7ab8b",[["立即",[1,"BgDggFBxd"]]]);
