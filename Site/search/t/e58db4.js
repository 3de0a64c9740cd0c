CasebookSearch.add("t/e58db4",[["却没",[1,"BnCgiEBwR"]]]);
