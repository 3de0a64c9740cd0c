CasebookSearch.add("t/e69c88",[["月",[9808,"B_FgmECgInF"]]]);
