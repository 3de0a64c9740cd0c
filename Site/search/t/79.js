CasebookSearch.add("t/79",[["yourself",[9808,"AsCggBB4mB"]]]);
