CasebookSearch.add("t/e4ba8e",[["于上",[1,"BnCggFB_4B"]],["于工",[1,"BnCgkEBmX"]],["于是",[1,"BnCgoEBliB"]]]);
