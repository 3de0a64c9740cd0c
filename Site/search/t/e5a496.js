CasebookSearch.add("t/e5a496",[["外部",[9808,"BhVgvGGuH4ByCkF3E2J"]]]);
