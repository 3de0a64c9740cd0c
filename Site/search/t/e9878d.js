CasebookSearch.add("t/e9878d",[["重定",[9808,"BgDgoEB9W"]],["重建",[9808,"BgDggFB1c"]]]);
