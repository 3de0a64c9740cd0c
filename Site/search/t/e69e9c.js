CasebookSearch.add("t/e69e9c",[["果未",[1,"BnCggFB38B"]],["果相",[1,"BnCgoEBtmB"]]]);
