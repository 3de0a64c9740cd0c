CasebookSearch.add("t/e698be",[["显示",[1,"BnCggFBj9B"]]]);
