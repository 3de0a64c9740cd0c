CasebookSearch.add("t/30",[["0",[2,"Bleg1FI3GQwGE0LAmDAByfg1BKuHRgHKV_PAoEAO"]],["0:1.32.0-1",[2,"B_FgwFCvZmDB5EgwBC9foE"]],["0x136c683",[2,"BgYhiECS5JBwRhCCgB5J"]]]);
