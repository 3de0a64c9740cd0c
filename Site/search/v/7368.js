CasebookSearch.add("v/7368",["share","ships","show","shows"]);
