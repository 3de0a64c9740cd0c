CasebookSearch.add("t/e69e84",[["构建",[1,"BhYg3FHuGmCoHRsJTqC"]]]);
