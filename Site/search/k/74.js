CasebookSearch.add("k/74","At");
