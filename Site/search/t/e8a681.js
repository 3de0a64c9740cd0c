CasebookSearch.add("t/e8a681",[["要主",[1,"BnCgoEBof"]],["要任",[1,"BnCgwEB41B"]],["要文",[1,"B2GgoFDrehKuS"]],["要求",[1,"BnCgkEBtU"]]]);
