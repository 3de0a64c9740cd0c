CasebookSearch.add("t/e5be88",[["很少",[1,"BnCgoEBvc"]]]);
