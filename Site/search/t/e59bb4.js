CasebookSearch.add("t/e59bb4",[["围的",[1,"BnCggGBj-B"]]]);
