CasebookSearch.add("v/7769",["wins","with","without"]);
