CasebookSearch.add("t/e9aa8c",[["验总",[9808,"BgDggGBmf"]],["验证",[9808,"B_IgwFD0bHI"]]]);
