CasebookSearch.add("t/e4b8aa",[["个内",[9808,"BgDgkEBoR"]],["个悬",[9808,"BgDgoEB5V"]],["个未",[9808,"BgDgiEBqK"]],["个符",[9808,"BgDgiEBzJ"]]]);
