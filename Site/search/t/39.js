CasebookSearch.add("t/39",[["9",[2,"BjMglEDnHwGEBhLgFD_HgHK"]],["9748",[1,"A3EgQB3P"]]]);
