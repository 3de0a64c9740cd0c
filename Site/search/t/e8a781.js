CasebookSearch.add("t/e8a781",[["见到",[1,"BvEgiEC5NzB"]],["见根",[1,"BnCgwEBh0B"]],["见相",[1,"BnCgoEBmrB"]]]);
