CasebookSearch.add("t/e8a18c",[["行中",[1,"BgDgiEBzM"]],["行文",[1,"B_FgqEC2IgL"]],["行的",[1,"B_FgiECkJgC"]]]);
