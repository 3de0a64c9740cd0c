CasebookSearch.add("t/e59cb0",[["地方",[1,"BnCgoEB-iB"]],["地通",[1,"BnCgoEB5pB"]]]);
