CasebookSearch.add("t/e4b989",[["义为",[1,"BnCgoEBriB"]],["义它",[1,"BnCgoEBhjB"]],["义引",[1,"BnCgoEBklB"]],["义符",[1,"B9Ig6EE7L5R8RvB"]],["义这",[1,"BnCgoEBjoB"]]]);
