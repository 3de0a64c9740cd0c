CasebookSearch.add("t/e5bd95",[["录中",[1,"B_IgyEDoLmBnO"]]]);
