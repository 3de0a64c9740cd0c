CasebookSearch.add("t/39",[["9",[4700,"AhLgFD3HgHKBjMglED_GwGE"]],["9748",[9808,"C3EgQBvP"]]]);
