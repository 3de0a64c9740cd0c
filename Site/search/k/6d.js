CasebookSearch.add("k/6d","Am");
