CasebookSearch.add("t/e4b88e",[["与",[9808,"B8PkhECkD9C"]]]);
