CasebookSearch.add("t/e99499",[["错误",[1,"BgDggGB5gB"]]]);
