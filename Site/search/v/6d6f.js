CasebookSearch.add("v/6d6f",["mode","module","months","more"]);
