CasebookSearch.add("t/e689a7",[["执行",[1,"BvEgqECuJxW"]]]);
