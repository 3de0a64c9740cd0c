CasebookSearch.add("t/e68f92",[["插件",[9808,"B_FgkFC2NpQ"]]]);
