CasebookSearch.add("t/e8afbb",[["读到",[9808,"BgDgiEByK"]]]);
