CasebookSearch.add("v/6275",["build","builder","buildflags","building","builds","built"]);
