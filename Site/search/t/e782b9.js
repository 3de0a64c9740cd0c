CasebookSearch.add("t/e782b9",[["点只",[1,"BnCgwEBl2B"]],["点是",[1,"BnCgoEBjrB"]]]);
