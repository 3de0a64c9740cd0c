CasebookSearch.add("t/e5ae9e",[["实导",[1,"BnCgwEBl1B"]],["实没",[1,"BnCgoEB-e"]],["实的",[1,"BnCgoEBmmB"]]]);
