CasebookSearch.add("t/e8aea9",[["让",[1,"BvEg4ECznBmJ"]],["让符",[1,"BnCgwEBr0B"]],["让错",[1,"BnCggGB1-B"]]]);
