CasebookSearch.add("t/e5908c",[["同一",[1,"BnCggFBr4B"]],["同样",[1,"B2GgqEDoP6TsC"]]]);
