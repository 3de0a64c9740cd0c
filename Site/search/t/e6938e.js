CasebookSearch.add("t/e6938e",[["擎运",[1,"BnCgoEBvsB"]]]);
