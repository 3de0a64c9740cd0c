CasebookSearch.add("v/676c",["global"]);
