CasebookSearch.add("v/7072",["prefix","primary","prints","project","proposed"]);
