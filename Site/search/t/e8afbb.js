CasebookSearch.add("t/e8afbb",[["读到",[1,"BvEgiFCgMguB"]]]);
