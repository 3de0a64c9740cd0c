CasebookSearch.add("t/e4bd95",[["何以",[1,"BnCgoEB2gB"]],["何地",[1,"BnCgoEB9iB"]],["何链",[1,"BnCgwEB61B"]]]);
