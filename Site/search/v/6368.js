CasebookSearch.add("v/6368",["change","changed","changelog","check","checked","checks"]);
