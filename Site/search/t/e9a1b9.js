CasebookSearch.add("t/e9a1b9",[["项目",[1,"B_FgoEC8UK"]]]);
