CasebookSearch.add("t/e586b3",[["决于",[1,"BgDgkEB6P"]],["决方",[1,"BgDgwEB8X"]]]);
