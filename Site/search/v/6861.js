CasebookSearch.add("v/6861",["handed","hardened"]);
