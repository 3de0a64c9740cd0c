CasebookSearch.add("t/e4bbb6",[["件中",[1,"BgDggGBxhB"]],["件包",[1,"B_FgkFCwQzM"]],["件支",[1,"BgDgkEB_N"]],["件时",[1,"B_IgqFDgJgLoK"]]]);
