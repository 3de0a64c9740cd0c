CasebookSearch.add("t/e69c9f",[["期会",[1,"BnCgwEBrvB"]]]);
