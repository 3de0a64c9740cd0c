CasebookSearch.add("t/e586b3",[["决于",[1,"BgDgkEByP"]],["决方",[1,"BgDgwEB0X"]]]);
