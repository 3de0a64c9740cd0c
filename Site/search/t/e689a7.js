CasebookSearch.add("t/e689a7",[["执行",[9808,"B_FgqEC1IgL"]]]);
