CasebookSearch.add("t/e4bba4",[["令中",[1,"B_Fg4ECtT5E"]],["令前",[1,"BgDgkEBvQ"]],["令行",[1,"BgDgiEByM"]]]);
