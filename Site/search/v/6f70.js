CasebookSearch.add("v/6f70",["opened","opposite","optimizing","optional"]);
