CasebookSearch.add("t/e5898d",[["前加",[1,"BgDgkEB4Q"]],["前应",[1,"BgDggGBnhB"]],["前缀",[1,"B_FgqEC2MhJ"]]]);
