CasebookSearch.add("t/e58faf",[["可以",[1,"BlLg6FFgN5e6E_C8H"]],["可执",[1,"BvEgqECtJxW"]],["可选",[1,"BnCgkEBhZ"]]]);
