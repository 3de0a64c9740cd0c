CasebookSearch.add("t/e8baab",[["身写",[1,"BnCgkEB2W"]],["身能",[1,"BnCgoEB1tB"]]]);
