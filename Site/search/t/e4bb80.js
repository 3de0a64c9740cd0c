CasebookSearch.add("t/e4bb80",[["什么",[1,"BvEgoGC0emhB"]]]);
