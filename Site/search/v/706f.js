CasebookSearch.add("v/706f",["point","pointer","points","position"]);
