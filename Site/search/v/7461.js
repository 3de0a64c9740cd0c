CasebookSearch.add("v/7461",["tagged","target"]);
