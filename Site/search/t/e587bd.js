CasebookSearch.add("t/e587bd",[["函数",[1,"BzPguGH2Q6EEnMnKXsR"]]]);
