CasebookSearch.add("t/e58faf",[["可以",[1,"B_FgiFCqL8S"]],["可执",[1,"B_FgqEC0IgL"]],["可解",[1,"BgDgwEB8a"]]]);
