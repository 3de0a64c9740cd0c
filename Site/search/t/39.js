CasebookSearch.add("t/39",[["9",[2,"BjMglED_GwGEBhLgFD3HgHK"]],["9748",[1,"A3EgQBvP"]]]);
