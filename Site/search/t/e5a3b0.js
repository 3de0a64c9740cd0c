CasebookSearch.add("t/e5a3b0",[["声息",[1,"BnCgoEB3pB"]],["声明",[1,"BnCgkEBpV"]],["声称",[1,"BnCggFB_6B"]]]);
