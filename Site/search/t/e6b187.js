CasebookSearch.add("t/e6b187",[["汇编",[1,"B_IgsEDrPD8F"]]]);
