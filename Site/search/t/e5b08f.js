CasebookSearch.add("t/e5b08f",[["小复",[1,"B2Gg4ED6lByF9K"]]]);
