CasebookSearch.add("v/7270",["rpmbuild"]);
