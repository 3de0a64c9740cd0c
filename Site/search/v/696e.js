CasebookSearch.add("v/696e",["incident","independent","information","inline","instead","internal","into"]);
