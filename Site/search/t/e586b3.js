CasebookSearch.add("t/e586b3",[["决于",[9808,"BgDgkEByP"]],["决方",[9808,"BgDgwEB0X"]]]);
