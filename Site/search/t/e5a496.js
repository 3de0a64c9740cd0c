CasebookSearch.add("t/e5a496",[["外部",[1,"BhVgvGG2H4ByCkF3E2J"]]]);
