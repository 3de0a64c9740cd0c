CasebookSearch.add("t/e8a18c",[["行中",[9808,"BgDgiEBzM"]],["行文",[9808,"B_FgqEC2IgL"]],["行的",[9808,"B_FgiECkJgC"]]]);
