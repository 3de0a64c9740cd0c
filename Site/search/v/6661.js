CasebookSearch.add("v/6661",["fail","failed","failing","fails","failure","failures"]);
