CasebookSearch.add("t/e983a8",[["部链",[1,"BhVgvGGvH4ByCkF3E2J"]]]);
