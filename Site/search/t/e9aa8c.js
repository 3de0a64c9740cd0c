CasebookSearch.add("t/e9aa8c",[["验总",[1,"BgDggGBuf"]],["验证",[1,"B_IgwFD8bHI"]]]);
