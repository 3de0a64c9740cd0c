CasebookSearch.add("t/e587bd",[["函数",[9808,"B_IgmGD7LzCxR"]]]);
