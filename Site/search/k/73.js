CasebookSearch.add("k/73","As");
