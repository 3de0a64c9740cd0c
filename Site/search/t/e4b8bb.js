CasebookSearch.add("t/e4b8bb",[["主动",[1,"BnCgoEBpf"]]]);
