CasebookSearch.add("t/e5898d",[["前加",[1,"BgDgkEBwQ"]],["前应",[1,"BgDggGB_gB"]],["前缀",[1,"B_FgqECuMhJ"]]]);
