CasebookSearch.add("v/6469",["diagnosis","diagnostic","directive","directly","disable","disabled","discussion","dist","distribution"]);
