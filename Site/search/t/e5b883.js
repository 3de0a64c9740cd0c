CasebookSearch.add("t/e5b883",[["布到",[1,"BnCggFBm4B"]],["布结",[1,"BnCggGBm_B"]]]);
