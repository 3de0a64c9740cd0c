CasebookSearch.add("t/e5b8b8",[["常以",[1,"BnCgiEBrO"]],["常时",[1,"BnCggFBs8B"]]]);
