CasebookSearch.add("t/e5889b",[["创建",[1,"BnCgoEBrtB"]]]);
