CasebookSearch.add("t/e4bb8d",[["仍指",[9808,"BgDgoEBqV"]],["仍未",[9808,"BgDgwEB8Z"]],["仍然",[9808,"BgDggFB7e"]]]);
