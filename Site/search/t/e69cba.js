CasebookSearch.add("t/e69cba",[["机制",[1,"BnCgoEBljB"]],["机确",[1,"B4FghEB6G"]]]);
