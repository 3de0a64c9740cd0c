CasebookSearch.add("v/6275",["build","buildflags","building","builds","built"]);
