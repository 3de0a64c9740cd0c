CasebookSearch.add("t/e58685",[["内联",[1,"BnCgkEBkb"]],["内部",[1,"BnCgoEBplB"]]]);
