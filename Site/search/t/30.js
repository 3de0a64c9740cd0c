CasebookSearch.add("t/30",[["0",[4700,"Azfg1BKmHRgHKV_PAoEAOBleg1FIvGQwGE0LAmDA"]],["0:1.32.0-1",[4700,"A6EgwBC1foEBgGgwFCnZmD"]],["0x136c683",[4700,"AwRhCCgBxJBgYhiECSxJ"]]]);
