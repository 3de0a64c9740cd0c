CasebookSearch.add("v/6b75",["kubernetes"]);
