CasebookSearch.add("t/e6b2a1",[["没有",[9808,"BhSg-EG3M1B2ErCoB2B"]]]);
