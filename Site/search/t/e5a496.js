CasebookSearch.add("t/e5a496",[["外部",[1,"BhVgvGGuH4ByCkF3E2J"]]]);
