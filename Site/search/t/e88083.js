CasebookSearch.add("t/e88083",[["考的",[1,"BnCgoEBoe"]],["考虑",[1,"BnCgwEBivB"]]]);
