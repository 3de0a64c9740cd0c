CasebookSearch.add("t/e4bb8d",[["仍指",[1,"BgDgoEBqV"]],["仍未",[1,"BgDgwEB8Z"]],["仍然",[1,"BgDggFB7e"]]]);
