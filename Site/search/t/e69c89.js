CasebookSearch.add("t/e69c89",[["有出",[1,"BgDgoEBrT"]],["有函",[1,"BgDgkEB1O"]],["有定",[1,"BgDgoEB-W"]],["有该",[1,"BgDggFBvc"]]]);
