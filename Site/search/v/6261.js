CasebookSearch.add("v/6261",["back","backend","background"]);
