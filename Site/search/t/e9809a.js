CasebookSearch.add("t/e9809a",[["通过",[9808,"B_FgyEChJ0Q"]]]);
