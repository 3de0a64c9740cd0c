CasebookSearch.add("t/e68890",[["成功",[9808,"BgDggFBwc"]]]);
