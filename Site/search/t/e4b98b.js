CasebookSearch.add("t/e4b98b",[["之前",[1,"BnCggGBp_B"]],["之后",[1,"B2GgkFDwU_iBqC"]],["之计",[1,"BnCggGBj_B"]]]);
