CasebookSearch.add("t/e9aa8c",[["验总",[1,"BnCggGBt9B"]],["验证",[1,"B2GgwFDv2BII"]]]);
