CasebookSearch.add("t/e8aebe",[["设置",[1,"B_Fg0ECzRnH"]]]);
