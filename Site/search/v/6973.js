CasebookSearch.add("v/6973",["issue","issues"]);
