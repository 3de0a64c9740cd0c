CasebookSearch.add("t/e8b584",[["资料",[1,"BvEgoFCve0b"]]]);
