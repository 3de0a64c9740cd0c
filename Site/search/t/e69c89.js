CasebookSearch.add("t/e69c89",[["有出",[9808,"BgDgoEBjT"]],["有函",[9808,"BgDgkEBtO"]],["有定",[9808,"BgDgoEB2W"]],["有该",[9808,"BgDggFBnc"]]]);
