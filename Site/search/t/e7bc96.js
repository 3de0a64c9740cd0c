CasebookSearch.add("t/e7bc96",[["编写",[1,"BgDgkEBnP"]],["编实",[1,"BgDgkEBkP"]],["编被",[1,"BgDgoEBjV"]],["编译",[1,"BgDgiEB7I"]]]);
