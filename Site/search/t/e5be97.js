CasebookSearch.add("t/e5be97",[["得以",[1,"BnCgwEBu0B"]],["得到",[1,"BvEgoECthB8E"]],["得很",[1,"BnCgoEBuc"]]]);
