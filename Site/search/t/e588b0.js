CasebookSearch.add("t/e588b0",[["到另",[1,"BnCgkEBpW"]],["到的",[1,"B9IgqFEhMtV8E3T"]],["到调",[1,"BnCgoEB9rB"]],["到这",[1,"BnCgiEBtP"]]]);
