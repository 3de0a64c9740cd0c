CasebookSearch.add("t/e7adbe",[["签就",[1,"BnCgkEB8T"]]]);
