CasebookSearch.add("t/e9aa8c",[["验总",[1,"BgDggGBmf"]],["验证",[1,"B_IgwFD0bHI"]]]);
