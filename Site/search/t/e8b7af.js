CasebookSearch.add("t/e8b7af",[["路径",[1,"B-Og8GFjPjB9E8FlF"]]]);
