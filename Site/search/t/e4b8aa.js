CasebookSearch.add("t/e4b8aa",[["个内",[1,"BgDgkEBwR"]],["个悬",[1,"BgDgoEBhW"]],["个未",[1,"BgDgiEByK"]],["个符",[1,"BgDgiEB7J"]]]);
