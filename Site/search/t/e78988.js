CasebookSearch.add("t/e78988",[["版本",[1,"ByXg9HJ-G9L6BtDJ2EqVxFoI"]],["版都",[1,"BnCgoEBhhB"]]]);
