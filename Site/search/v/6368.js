CasebookSearch.add("v/6368",["change","check","checked","checks"]);
