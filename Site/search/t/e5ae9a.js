CasebookSearch.add("t/e5ae9a",[["定义",[1,"BwyBm6GLrCc4GV6HH4ChBRlC0G"]],["定位",[1,"BgDgoEBmX"]],["定到",[1,"BgDgkEBmP"]],["定是",[1,"BgDgiEB1L"]]]);
