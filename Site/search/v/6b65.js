CasebookSearch.add("v/6b65",["keep","keeps"]);
