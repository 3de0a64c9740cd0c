CasebookSearch.add("t/e4bbb6",[["件中",[9808,"BgDggGBphB"]],["件包",[9808,"B_FgkFCoQzM"]],["件支",[9808,"BgDgkEB3N"]],["件时",[9808,"B_IgqFD4IgLoK"]]]);
