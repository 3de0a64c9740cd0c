CasebookSearch.add("t/e8b7af",[["路径",[1,"B7Rg-GIiR-ExBhK5BJ0R5I"]]]);
