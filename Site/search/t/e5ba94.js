CasebookSearch.add("t/e5ba94",[["应怀",[1,"BnCggGBt-B"]]]);
