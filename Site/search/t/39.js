CasebookSearch.add("t/39",[["9",[4700,"AgLgFD3HgHKBiMglED_GwGE"]],["9748",[9808,"C4EgQBvP"]]]);
