CasebookSearch.add("v/696e",["incident","independent","inference","inferred","information","inline","install","instead","internal","into"]);
