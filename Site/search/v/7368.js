CasebookSearch.add("v/7368",["share","show","shows"]);
