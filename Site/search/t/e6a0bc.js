CasebookSearch.add("t/e6a0bc",[["格符",[1,"BvEg4EC3dnR"]]]);
