CasebookSearch.add("t/e4b88b",[["下了",[1,"BgDggGB0hB"]],["下文",[1,"BgDgoEBiX"]]]);
