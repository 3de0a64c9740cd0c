CasebookSearch.add("t/e4baa4",[["交的",[1,"BnCgiEB4I"]],["交给",[1,"BvEgqECtQtU"]]]);
