CasebookSearch.add("t/e8a2ab",[["被交",[1,"BnCgoEB5kB"]],["被定",[1,"BnCgoEBpiB"]],["被截",[1,"BnCgiEBoM"]]]);
