CasebookSearch.add("t/e5a496",[["外部",[9808,"BjVgvGGuH4ByCkF3E2J"]]]);
