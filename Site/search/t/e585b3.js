CasebookSearch.add("t/e585b3",[["关闭",[1,"B_Fg4ECoT2E"]]]);
