CasebookSearch.add("t/e59bb4",[["围函",[1,"BgDggGBmgB"]]]);
