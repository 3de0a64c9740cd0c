CasebookSearch.add("t/e68993",[["打包",[1,"B8NigEB_B"]]]);
