CasebookSearch.add("t/e99da2",[["面向",[1,"BnCgiEB9I"]],["面的",[1,"BnCgkEBib"]]]);
