CasebookSearch.add("t/e5a48d",[["复正",[1,"BgDggFB0d"]],["复现",[1,"BgDgwEB5b"]]]);
