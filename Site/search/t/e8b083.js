CasebookSearch.add("t/e8b083",[["调用",[1,"BjJgjECyH0D"]]]);
