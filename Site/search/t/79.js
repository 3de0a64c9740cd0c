CasebookSearch.add("t/79",[["yourself",[9808,"AtCggBB4mB"]]]);
