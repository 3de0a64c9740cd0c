CasebookSearch.add("t/e6a188",[["案之",[1,"BnCggGBo_B"]],["案例",[1,"B2GgqEDgOjQmN"]],["案的",[1,"BnCgoEBunB"]]]);
