CasebookSearch.add("v/7261",["rawhide"]);
