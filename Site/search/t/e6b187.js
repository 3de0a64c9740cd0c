CasebookSearch.add("t/e6b187",[["汇编",[9808,"B_IgsEDjPD8F"]]]);
