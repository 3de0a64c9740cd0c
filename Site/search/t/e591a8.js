CasebookSearch.add("t/e591a8",[["周围",[9808,"BgDggGB9f"]]]);
