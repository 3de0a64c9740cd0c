CasebookSearch.add("t/e68993",[["打包",[9808,"B8NigEB_B"]]]);
