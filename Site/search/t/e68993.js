CasebookSearch.add("t/e68993",[["打出",[1,"BnCgkEB3T"]],["打包",[1,"B-Si4ED0B2a-U"]]]);
