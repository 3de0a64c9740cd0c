CasebookSearch.add("t/e7bc96",[["编写",[9808,"BgDgkEBnP"]],["编实",[9808,"BgDgkEBkP"]],["编被",[9808,"BgDgoEBjV"]],["编译",[9808,"BgDgiEB7I"]]]);
