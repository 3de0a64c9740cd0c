CasebookSearch.add("t/e599a8",[["器同",[1,"BnCgoEBtlB"]]]);
