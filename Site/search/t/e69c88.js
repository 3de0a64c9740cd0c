CasebookSearch.add("t/e69c88",[["月",[1,"B_FgmECoInF"]]]);
