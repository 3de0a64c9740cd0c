CasebookSearch.add("t/e8a18c",[["行中",[1,"BgDgiEB7M"]],["行文",[1,"B_FgqEC-IgL"]],["行的",[1,"B_FgiECsJgC"]]]);
