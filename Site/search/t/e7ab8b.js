CasebookSearch.add("t/e7ab8b",[["立即",[9808,"BgDggFBpd"]]]);
