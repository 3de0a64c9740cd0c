CasebookSearch.add("t/e5a4b1",[["失败",[1,"B8TiqEDkC9GuK"]]]);
