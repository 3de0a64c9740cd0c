CasebookSearch.add("t/79",[["yourself",[1,"C8CggBBztB"]]]);
