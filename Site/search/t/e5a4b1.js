CasebookSearch.add("t/e5a4b1",[["失败",[9808,"B2TiqEDkC1GuK"]]]);
