CasebookSearch.add("t/e5ae9a",[["定义",[1,"B7vBm6ENgCegIc5RHnBpDWjC_CtHvB"]],["定位",[1,"BnCgoEBuqB"]],["定到",[1,"BnCgkEBoW"]],["定就",[1,"BnCgiEBjN"]],["定的",[1,"BnCgoEB1oB"]]]);
