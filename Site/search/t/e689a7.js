CasebookSearch.add("t/e689a7",[["执行",[9808,"BgGgqEC1IgL"]]]);
