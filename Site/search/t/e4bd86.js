CasebookSearch.add("t/e4bd86",[["但",[1,"BgDgwEB-Z"]],["但通",[1,"BgDgiEBoJ"]]]);
