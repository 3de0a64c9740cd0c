CasebookSearch.add("t/e59088",[["合并",[1,"BvEgkECxSe"]]]);
