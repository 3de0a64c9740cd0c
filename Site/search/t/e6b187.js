CasebookSearch.add("t/e6b187",[["汇编",[1,"B9IgsEEwWD0LgC"]]]);
