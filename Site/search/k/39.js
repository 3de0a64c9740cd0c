CasebookSearch.add("k/39","A9");
