CasebookSearch.add("t/e5bbba",[["建因",[9808,"BgDgwEByZ"]],["建在",[9808,"BgDgiEBtI"]],["建成",[9808,"BgDggFBvc"]],["建时",[9808,"BgDgkEB1P"]]]);
