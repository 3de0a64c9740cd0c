CasebookSearch.add("t/e79d80",[["着一",[1,"BnCgoEBhqB"]],["着同",[1,"BnCggFBq4B"]],["着这",[1,"BvEgkFC_TojB"]]]);
