CasebookSearch.add("t/e590a6",[["否会",[1,"BnCggFBr7B"]],["否包",[1,"BnCgkEBqa"]],["否恢",[1,"BnCggFB85B"]]]);
