CasebookSearch.add("t/e79b96",[["盖导",[1,"BnCgkEBob"]]]);
