CasebookSearch.add("t/30",[["0",[2,"Bleg1FIvGQwGE0LAmDAByfg1BKmHRgHKV_PAoEAO"]],["0:1.32.0-1",[2,"B_FgwFCnZmDB5EgwBC1foE"]],["0x136c683",[2,"BgYhiECSxJBwRhCCgBxJ"]]]);
