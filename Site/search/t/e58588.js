CasebookSearch.add("t/e58588",[["先用",[1,"BnCggGBq_B"]]]);
