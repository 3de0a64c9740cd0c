CasebookSearch.add("t/e5a5bd",[["好说",[1,"BnCgoEB_hB"]]]);
