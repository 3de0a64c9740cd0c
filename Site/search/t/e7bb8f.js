CasebookSearch.add("t/e7bb8f",[["经验",[1,"BgDggGBtf"]]]);
