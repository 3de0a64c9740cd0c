CasebookSearch.add("t/e8aea9",[["让",[1,"BgDgwEB_Y"]],["让供",[1,"BgDgwEBwa"]],["让错",[1,"BgDggGB4gB"]]]);
