CasebookSearch.add("t/e4b88e",[["与",[9808,"B6PkhECkD9C"]]]);
