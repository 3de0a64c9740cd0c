CasebookSearch.add("t/e59d97",[["块模",[1,"B2Gg4EDgnBnNP"]]]);
