CasebookSearch.add("v/7275",["running","runs","runtime"]);
