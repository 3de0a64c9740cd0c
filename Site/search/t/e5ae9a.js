CasebookSearch.add("t/e5ae9a",[["定义",[9808,"BwyBm6GLrCcwGV6HH4ChBRlC0G"]],["定位",[9808,"BgDgoEB-W"]],["定到",[9808,"BgDgkEB-O"]],["定是",[9808,"BgDgiEBtL"]]]);
