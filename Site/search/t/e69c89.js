CasebookSearch.add("t/e69c89",[["有出",[1,"BgDgoEBjT"]],["有函",[1,"BgDgkEBtO"]],["有定",[1,"BgDgoEB2W"]],["有该",[1,"BgDggFBnc"]]]);
