CasebookSearch.add("t/e69585",[["故并",[1,"BnCggGB-_B"]],["故早",[1,"BnCggGB6gC"]]]);
