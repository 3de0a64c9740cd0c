CasebookSearch.add("t/e6af8f",[["每个",[1,"BnCgkEBzU"]]]);
