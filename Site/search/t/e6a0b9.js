CasebookSearch.add("t/e6a0b9",[["根本",[1,"B2Gg4EDhcrU2D"]]]);
