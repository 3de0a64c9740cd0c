CasebookSearch.add("t/e58faf",[["可以",[1,"B_FgiFCyL8S"]],["可执",[1,"B_FgqEC8IgL"]],["可解",[1,"BgDgwEBkb"]]]);
