CasebookSearch.add("v/6c61",["last","later","lazily"]);
