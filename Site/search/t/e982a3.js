CasebookSearch.add("t/e982a3",[["那一",[1,"BnCgiEB6I"]],["那样",[1,"BnCgwEBu1B"]],["那里",[1,"BnCgoEBkkB"]],["那项",[1,"BnCggGBsgC"]]]);
