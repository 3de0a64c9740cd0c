CasebookSearch.add("t/e7a9ba",[["空引",[1,"BnCgoEB2kB"]]]);
