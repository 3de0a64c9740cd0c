CasebookSearch.add("t/e694af",[["支持",[9808,"B_FgsEC4N-E"]]]);
