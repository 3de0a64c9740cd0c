CasebookSearch.add("t/e68a8a",[["把",[1,"BvEgkECySsG"]],["把它",[1,"BnCgkEBiW"]],["把目",[1,"BnCgiEBoQ"]],["把这",[1,"BnCgwEBzxB"]],["把默",[1,"BnCgkEB1Z"]]]);
