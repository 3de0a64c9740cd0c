CasebookSearch.add("t/e68890",[["成功",[1,"BgDggFB4c"]]]);
