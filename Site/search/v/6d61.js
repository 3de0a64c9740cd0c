CasebookSearch.add("v/6d61",["macro","macros","makes","mass","matter"]);
