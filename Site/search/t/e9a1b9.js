CasebookSearch.add("t/e9a1b9",[["项目",[9808,"B_FgoEC0UK"]]]);
