CasebookSearch.add("t/e68080",[["怀疑",[1,"BnCggGBu-B"]]]);
