CasebookSearch.add("t/e5bbba",[["建因",[1,"BgDgwEByZ"]],["建在",[1,"BgDgiEBtI"]],["建成",[1,"BgDggFBvc"]],["建时",[1,"BgDgkEB1P"]]]);
