CasebookSearch.add("t/e69fa5",[["查一",[1,"BnCggFB17B"]],["查它",[1,"BnCggGBu_B"]]]);
