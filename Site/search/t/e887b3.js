CasebookSearch.add("t/e887b3",[["至关",[1,"BnCgiEB9P"]],["至少",[1,"BnCggFBj4B"]]]);
