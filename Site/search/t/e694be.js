CasebookSearch.add("t/e694be",[["放宽",[1,"BnCgoEByoB"]],["放进",[1,"BnCgkEB1S"]]]);
