CasebookSearch.add("t/e7949f",[["生效",[1,"BnCgkEBka"]]]);
