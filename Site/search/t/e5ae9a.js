CasebookSearch.add("t/e5ae9a",[["定义",[1,"BwyBm6GLrCcwGV6HH4ChBRlC0G"]],["定位",[1,"BgDgoEB-W"]],["定到",[1,"BgDgkEB-O"]],["定是",[1,"BgDgiEBtL"]]]);
