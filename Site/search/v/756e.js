CasebookSearch.add("v/756e",["undefine","undefined","undefs","under","unnoticed","unresolved","until"]);
