CasebookSearch.add("t/e585b6",[["其",[1,"BnCgkEBjU"]],["其中",[1,"BnCgkEB7W"]]]);
