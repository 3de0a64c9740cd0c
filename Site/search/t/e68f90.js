CasebookSearch.add("t/e68f90",[["提交",[1,"B2GgmED3InJ1H"]],["提供",[1,"BnCgwEB3vB"]],["提出",[1,"BnCggGB3gC"]]]);
