CasebookSearch.add("t/e5b7b2",[["已提",[1,"BnCggGB2gC"]],["已确",[1,"BnCggFBg3B"]],["已采",[1,"BnCgwEBhxB"]]]);
