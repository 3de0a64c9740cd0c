CasebookSearch.add("t/e8b083",[["调用",[9808,"BjJgjECyH0D"]]]);
