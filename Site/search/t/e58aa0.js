CasebookSearch.add("t/e58aa0",[["加上",[1,"B_FgmECzMmE"]],["加入",[1,"BgDgwEB0Z"]],["加固",[1,"BgDgoEBmS"]],["加载",[1,"BgDggFBke"]]]);
