CasebookSearch.add("t/e5908d",[["名取",[1,"BnCgkEBjX"]],["名字",[1,"BnCgiEBoN"]],["名是",[1,"BnCgiEB4Q"]],["名里",[1,"BnCggGBn-B"]]]);
