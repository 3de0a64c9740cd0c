CasebookSearch.add("t/e59bb4",[["围函",[9808,"BgDggGB-f"]]]);
