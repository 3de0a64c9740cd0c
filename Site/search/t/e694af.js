CasebookSearch.add("t/e694af",[["支持",[1,"B_FgsECgO-E"]]]);
