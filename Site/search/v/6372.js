CasebookSearch.add("v/6372",["crash","crashes","creates","creating","crio"]);
