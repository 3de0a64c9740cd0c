CasebookSearch.add("t/e4bba4",[["令中",[9808,"B_Fg4ECtT5E"]],["令前",[9808,"BgDgkEBvQ"]],["令行",[9808,"BgDgiEByM"]]]);
