CasebookSearch.add("t/e58e8b",[["压下",[1,"BnCgoEB5oB"]]]);
