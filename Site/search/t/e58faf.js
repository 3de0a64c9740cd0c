CasebookSearch.add("t/e58faf",[["可以",[9808,"BgGgiFCqL8S"]],["可执",[9808,"BgGgqEC0IgL"]],["可解",[9808,"BgDgwEB8a"]]]);
