CasebookSearch.add("t/e4b8aa",[["个内",[1,"BgDgkEBoR"]],["个悬",[1,"BgDgoEB5V"]],["个未",[1,"BgDgiEBqK"]],["个符",[1,"BgDgiEBzJ"]]]);
