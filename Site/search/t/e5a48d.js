CasebookSearch.add("t/e5a48d",[["复正",[1,"BgDggFBsd"]],["复现",[1,"BgDgwEBxb"]]]);
