CasebookSearch.add("t/e69d83",[["权宜",[9808,"BgDggGB6gB"]]]);
