CasebookSearch.add("t/e58f96",[["取决",[1,"BnCgkEBkX"]],["取请",[1,"BnCgiEB8J"]]]);
