CasebookSearch.add("t/e4bb8d",[["仍指",[1,"BgDgoEByV"]],["仍未",[1,"BgDgwEBka"]],["仍然",[1,"BgDggFBjf"]]]);
