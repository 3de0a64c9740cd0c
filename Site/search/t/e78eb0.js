CasebookSearch.add("t/e78eb0",[["现示",[1,"B2Gg4ED8lByF9K"]]]);
