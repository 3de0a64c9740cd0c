CasebookSearch.add("t/e7bb8f",[["经由",[1,"BnCgiEBqK"]],["经验",[1,"BnCggGBs9B"]]]);
