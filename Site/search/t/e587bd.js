CasebookSearch.add("t/e587bd",[["函数",[1,"B_IgmGDjMzCxR"]]]);
