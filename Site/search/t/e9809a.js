CasebookSearch.add("t/e9809a",[["通过",[1,"B_FgyECpJ0Q"]]]);
