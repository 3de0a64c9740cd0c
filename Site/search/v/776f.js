CasebookSearch.add("v/776f",["workaround","would"]);
