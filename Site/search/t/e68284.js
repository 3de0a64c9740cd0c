CasebookSearch.add("t/e68284",[["悄忽",[1,"BnCgkEB1b"]],["悄悄",[1,"BnCgkEB0b"]],["悄无",[1,"BnCgoEB1pB"]]]);
