CasebookSearch.add("t/e5868d",[["再报",[1,"BgDgoEB3W"]]]);
