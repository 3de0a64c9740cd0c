CasebookSearch.add("t/37",[["7",[2,"BnCgkEBoaB8CgEB9V"]]]);
