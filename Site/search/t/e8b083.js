CasebookSearch.add("t/e8b083",[["调用",[1,"B1OgrEF_HzEFnfX"]]]);
