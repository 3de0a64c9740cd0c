CasebookSearch.add("t/e5be84",[["径后",[1,"BnCgoEB1jB"]],["径就",[1,"BnCgoEBzhB"]],["径把",[1,"BnCgkEBhW"]],["径的",[1,"BnCgoEBsjB"]],["径里",[1,"BnCgiEBjR"]]]);
