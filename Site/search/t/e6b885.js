CasebookSearch.add("t/e6b885",[["清楚",[1,"BnCgkEBza"]]]);
