CasebookSearch.add("t/e68c89",[["按完",[1,"BvEgsEC7VrN"]],["按需",[1,"BnCgoEBptB"]]]);
