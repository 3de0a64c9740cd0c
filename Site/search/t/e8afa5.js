CasebookSearch.add("t/e8afa5",[["该",[1,"BnCgiEByJ"]],["该包",[1,"BnCgkEBsX"]],["该参",[1,"BnCgoEB6c"]]]);
