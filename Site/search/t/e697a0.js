CasebookSearch.add("t/e697a0",[["无声",[1,"BnCgoEB2pB"]],["无论",[1,"BnCgoEBjgB"]]]);
