CasebookSearch.add("t/e7bb8f",[["经验",[9808,"BgDggGBlf"]]]);
