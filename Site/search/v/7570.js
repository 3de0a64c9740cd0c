CasebookSearch.add("v/7570",["update","upstream"]);
