CasebookSearch.add("t/e6b688",[["消失",[1,"BgDggGB6gB"]]]);
