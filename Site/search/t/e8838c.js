CasebookSearch.add("t/e8838c",[["背景",[1,"BnCgkEB7R"]]]);
