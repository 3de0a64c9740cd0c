CasebookSearch.add("t/e79599",[["留下",[1,"BnCggGB3_B"]],["留了",[1,"BnCgwEBxyB"]],["留着",[1,"BnCggFBp4B"]]]);
