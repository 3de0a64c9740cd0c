CasebookSearch.add("t/e585b3",[["关案",[1,"BnCgoEBorB"]],["关重",[1,"BnCgiEB-P"]],["关闭",[1,"BvEgwEC7uB6B"]]]);
