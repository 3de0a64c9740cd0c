CasebookSearch.add("t/e585b7",[["具链",[1,"BnCgkEBoX"]]]);
