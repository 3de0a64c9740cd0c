CasebookSearch.add("t/e68080",[["怀疑",[9808,"BgDggGBngB"]]]);
