CasebookSearch.add("v/6772",["green","grep"]);
