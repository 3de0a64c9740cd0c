CasebookSearch.add("v/7379",["symbol","symbols","symptom"]);
