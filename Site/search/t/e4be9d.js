CasebookSearch.add("t/e4be9d",[["依赖",[1,"BvEgkECtTV"]]]);
