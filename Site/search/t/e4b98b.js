CasebookSearch.add("t/e4b98b",[["之计",[1,"BgDggGBkhB"]]]);
