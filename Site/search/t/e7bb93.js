CasebookSearch.add("t/e7bb93",[["结尾",[1,"BvEgiEC_OS"]],["结果",[1,"BnCgoEBsmB"]],["结案",[1,"BnCggGBn_B"]]]);
