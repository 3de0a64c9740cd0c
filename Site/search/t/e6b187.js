CasebookSearch.add("t/e6b187",[["汇编",[9808,"BhJgsEDjPD8F"]]]);
