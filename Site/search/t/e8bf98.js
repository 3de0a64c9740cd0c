CasebookSearch.add("t/e8bf98",[["还在",[1,"BnCggFB-8B"]],["还强",[1,"BnCgkEB7Y"]]]);
