CasebookSearch.add("t/e5868d",[["再报",[1,"BnCgoEB2nB"]],["再缺",[1,"BnCgoEBspB"]]]);
