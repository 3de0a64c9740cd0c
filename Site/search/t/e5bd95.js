CasebookSearch.add("t/e5bd95",[["录中",[1,"BvEgiECtMuE"]],["录只",[1,"BnCgoEB1c"]],["录在",[1,"BnCgoEB6jB"]],["录构",[1,"BnCgwEB80B"]]]);
