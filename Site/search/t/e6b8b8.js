CasebookSearch.add("t/e6b8b8",[["游在",[1,"BnCgkEBrZ"]],["游怎",[1,"BnCgoEBlc"]]]);
