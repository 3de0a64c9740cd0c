CasebookSearch.add("t/e8a7a6",[["触发",[1,"B4FghEB4H"]]]);
