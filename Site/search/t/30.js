CasebookSearch.add("t/30",[["0",[4700,"Ayfg1BKmHRgHKV_PAoEAOBleg1FIvGQwGE0LAmDA"]],["0:1.32.0-1",[4700,"A5EgwBC1foEB_FgwFCnZmD"]],["0x136c683",[4700,"AwRhCCgBxJBgYhiECSxJ"]]]);
