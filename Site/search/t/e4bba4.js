CasebookSearch.add("t/e4bba4",[["令中",[1,"B_Fg4EC1T5E"]],["令前",[1,"BgDgkEB3Q"]],["令行",[1,"BgDgiEB6M"]]]);
