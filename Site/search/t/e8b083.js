CasebookSearch.add("t/e8b083",[["调用",[1,"BjJgjEC6H0D"]]]);
