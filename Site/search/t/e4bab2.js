CasebookSearch.add("t/e4bab2",[["亲眼",[1,"BnCgiEB3N"]]]);
