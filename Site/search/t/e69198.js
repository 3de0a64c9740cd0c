CasebookSearch.add("t/e69198",[["摘要",[1,"B2GgoFDqehKuS"]]]);
