CasebookSearch.add("t/e8aebe",[["设置",[9808,"B_Fg0ECrRnH"]]]);
