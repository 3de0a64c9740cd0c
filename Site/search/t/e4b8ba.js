CasebookSearch.add("t/e4b8ba",[["为了",[1,"BnCgoEB-c"]],["为未",[1,"BnCgoEBhlB"]],["为本",[1,"BnCgwEBnvB"]]]);
