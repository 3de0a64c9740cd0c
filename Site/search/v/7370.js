CasebookSearch.add("v/7370",["spec","specs","spells"]);
