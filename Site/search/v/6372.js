CasebookSearch.add("v/6372",["crash","crashes","creating","crio"]);
