CasebookSearch.add("v/666f",["folder","forces","found"]);
