CasebookSearch.add("t/e696ad",[["断了",[1,"BnCgiEBqM"]],["断出",[1,"BnCgiEByN"]],["断至",[1,"BnCgiEB8P"]]]);
