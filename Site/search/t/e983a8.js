CasebookSearch.add("t/e983a8",[["部链",[1,"BhVgvGG3H4ByCkF3E2J"]]]);
