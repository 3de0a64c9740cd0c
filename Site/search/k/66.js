CasebookSearch.add("k/66","Af");
