CasebookSearch.add("t/e58aa0",[["加上",[9808,"B_FgmECrMmE"]],["加入",[9808,"BgDgwEBsZ"]],["加固",[9808,"BgDgoEB-R"]],["加载",[9808,"BgDggFB8d"]]]);
