CasebookSearch.add("t/e69e84",[["构建",[9808,"BhYg3FHmGmCoHRsJTqC"]]]);
