CasebookSearch.add("t/e8808c",[["而",[1,"BnCgoEBtiB"]],["而且",[1,"BnCgkEBsb"]]]);
