CasebookSearch.add("t/23",[["#8829",[2,"BnCgiEB-JB8CgCBrJ"]],["#8855",[2,"BnCgkEBwSB8CgEB7P"]],["#9748",[1,"A4FgQB4Q"]]]);
