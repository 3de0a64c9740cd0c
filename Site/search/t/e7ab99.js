CasebookSearch.add("t/e7ab99",[["站不",[1,"BnCgoEB5e"]]]);
