CasebookSearch.add("t/e58faf",[["可以",[9808,"B_FgiFCqL8S"]],["可执",[9808,"B_FgqEC0IgL"]],["可解",[9808,"BgDgwEB8a"]]]);
