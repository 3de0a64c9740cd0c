CasebookSearch.add("t/e58aa0",[["加上",[1,"B_FgmECrMmE"]],["加入",[1,"BgDgwEBsZ"]],["加固",[1,"BgDgoEB-R"]],["加载",[1,"BgDggFB8d"]]]);
