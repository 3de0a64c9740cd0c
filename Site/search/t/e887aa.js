CasebookSearch.add("t/e887aa",[["自己",[1,"BnCggFBy7B"]],["自拉",[1,"BnCgiEB6J"]],["自本",[1,"BnCgoEBhe"]]]);
