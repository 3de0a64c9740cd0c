CasebookSearch.add("t/e997ad",[["闭严",[1,"BnCgwEB8uB"]],["闭的",[1,"BnCgwEB2wB"]]]);
