CasebookSearch.add("v/6265",["became","because","been","before","behaves","behind"]);
