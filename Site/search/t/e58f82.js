CasebookSearch.add("t/e58f82",[["参数",[1,"BlLg4HF7c7UnEtBzH"]],["参考",[1,"BnCgoEBne"]]]);
