CasebookSearch.add("t/e5898d",[["前加",[9808,"BgDgkEBwQ"]],["前应",[9808,"BgDggGB_gB"]],["前缀",[9808,"B_FgqECuMhJ"]]]);
