CasebookSearch.add("v/756e",["undefine","undefined","undefs","under","unresolved","until"]);
