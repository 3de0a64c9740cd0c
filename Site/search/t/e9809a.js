CasebookSearch.add("t/e9809a",[["通常",[1,"BnCgiEBqO"]],["通过",[1,"BvEg4EC6pB6J"]]]);
