CasebookSearch.add("t/e99a8f",[["随后",[1,"BnCgiEBoK"]]]);
