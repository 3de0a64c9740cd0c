CasebookSearch.add("v/7075",["pulled","puts"]);
