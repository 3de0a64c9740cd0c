CasebookSearch.add("t/e694af",[["支持",[9808,"BgGgsEC4N-E"]]]);
