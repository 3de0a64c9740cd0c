CasebookSearch.add("v/6272",["breaks","brought"]);
