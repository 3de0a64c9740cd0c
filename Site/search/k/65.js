CasebookSearch.add("k/65","Ae");
