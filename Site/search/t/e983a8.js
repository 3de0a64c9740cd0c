CasebookSearch.add("t/e983a8",[["部链",[9808,"BhVgvGGvH4ByCkF3E2J"]]]);
