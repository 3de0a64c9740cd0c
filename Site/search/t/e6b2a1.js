CasebookSearch.add("t/e6b2a1",[["没有",[1,"B-Rg-EG_M1B2ErCoB2B"]]]);
