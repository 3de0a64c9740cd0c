CasebookSearch.add("t/e5bd95",[["录中",[9808,"B_IgyEDgLmBnO"]]]);
