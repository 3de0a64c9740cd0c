CasebookSearch.add("t/e69caa",[["未亲",[1,"BnCgiEB2N"]],["未定",[1,"B2kBm6EI_BegIc5RwHsKvB"]],["未确",[1,"BnCggFB15B"]],["未解",[1,"B9IgoFEugBrHqB1T"]],["未采",[1,"BvEgwECkvBuF"]]]);
