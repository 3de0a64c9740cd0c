CasebookSearch.add("t/e587a0",[["几乎",[1,"BnCgiEB-M"]]]);
