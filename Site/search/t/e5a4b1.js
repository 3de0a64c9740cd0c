CasebookSearch.add("t/e5a4b1",[["失败",[9808,"B8TiqEDkC1GuK"]]]);
