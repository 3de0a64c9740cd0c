CasebookSearch.add("v/7268",["rhbz"]);
