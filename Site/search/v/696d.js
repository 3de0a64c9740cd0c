CasebookSearch.add("v/696d",["import"]);
