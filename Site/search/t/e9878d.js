CasebookSearch.add("t/e9878d",[["重定",[1,"BgDgoEBlX"]],["重建",[1,"BgDggFB9c"]]]);
