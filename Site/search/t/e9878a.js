CasebookSearch.add("t/e9878a",[["释站",[1,"BnCgoEB4e"]]]);
