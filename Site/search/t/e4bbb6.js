CasebookSearch.add("t/e4bbb6",[["件中",[1,"BgDggGBphB"]],["件包",[1,"B_FgkFCoQzM"]],["件支",[1,"BgDgkEB3N"]],["件时",[1,"B_IgqFD4IgLoK"]]]);
