CasebookSearch.add("t/e69c88",[["月",[1,"BzPg2EHzI0JEpByEpBgY"]],["月就",[1,"BnCggGB0gC"]]]);
