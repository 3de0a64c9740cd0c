CasebookSearch.add("v/6469",["diagnosis","diagnostic","direct","direction","directive","disable","disabled","discussion","dist","distribution"]);
