CasebookSearch.add("t/e887b3",[["至少",[1,"BgDggFBld"]]]);
