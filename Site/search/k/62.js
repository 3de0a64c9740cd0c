CasebookSearch.add("k/62","Ab");
