CasebookSearch.add("t/e5a48d",[["复正",[9808,"BgDggFBsd"]],["复现",[9808,"BgDgwEBxb"]]]);
