CasebookSearch.add("t/e9878d",[["重定",[1,"BnCgoEBtqB"]],["重建",[1,"BvEggFCy3BH"]],["重要",[1,"BnCgiEB_P"]]]);
