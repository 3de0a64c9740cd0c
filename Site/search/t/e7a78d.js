CasebookSearch.add("t/e7a78d",[["种方",[1,"BnCgoEB5gB"]]]);
