CasebookSearch.add("v/646f",["documented","documents","does"]);
