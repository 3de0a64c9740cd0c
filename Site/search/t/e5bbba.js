CasebookSearch.add("t/e5bbba",[["建因",[1,"BgDgwEB6Z"]],["建在",[1,"BgDgiEB1I"]],["建成",[1,"BgDggFB3c"]],["建时",[1,"BgDgkEB9P"]]]);
