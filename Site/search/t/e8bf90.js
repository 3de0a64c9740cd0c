CasebookSearch.add("t/e8bf90",[["运行",[1,"BsNgoFGpnByEVdSzL"]]]);
