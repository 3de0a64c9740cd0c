CasebookSearch.add("t/e99c80",[["需创",[1,"BnCgoEBqtB"]],["需要",[1,"BvEg4ECnfwW"]]]);
