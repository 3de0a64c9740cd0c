CasebookSearch.add("t/e8af91",[["译引",[1,"BnCgoEBtsB"]],["译顺",[1,"BnCgiEBkK"]]]);
