CasebookSearch.add("k/6c","Al");
