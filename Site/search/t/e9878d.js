CasebookSearch.add("t/e9878d",[["重定",[1,"BgDgoEB9W"]],["重建",[1,"BgDggFB1c"]]]);
