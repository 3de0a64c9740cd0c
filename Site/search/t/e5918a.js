CasebookSearch.add("t/e5918a",[["告为",[1,"BnCgoEBglB"]],["告未",[1,"BnCgoEB4nB"]]]);
