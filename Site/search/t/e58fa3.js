CasebookSearch.add("t/e58fa3",[["口符",[9808,"B8QiwECnCyX"]]]);
