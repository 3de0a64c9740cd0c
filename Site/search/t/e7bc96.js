CasebookSearch.add("t/e7bc96",[["编写",[1,"BgDgkEBvP"]],["编实",[1,"BgDgkEBsP"]],["编被",[1,"BgDgoEBrV"]],["编译",[1,"BgDgiEBjJ"]]]);
