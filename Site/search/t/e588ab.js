CasebookSearch.add("t/e588ab",[["别的",[1,"BnCgoEBvpB"]],["别绑",[1,"BnCgkEBmW"]]]);
