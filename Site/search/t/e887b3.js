CasebookSearch.add("t/e887b3",[["至少",[9808,"BgDggFB9c"]]]);
