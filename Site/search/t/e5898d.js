CasebookSearch.add("t/e5898d",[["前也",[1,"BnCgoEBnuB"]],["前缀",[1,"B2GgqGDoRvR0b"]],["前面",[1,"BnCgkEBhb"]]]);
