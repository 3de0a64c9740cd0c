CasebookSearch.add("t/e9858d",[["配合",[1,"BnCggFBy6B"]]]);
