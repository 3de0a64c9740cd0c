CasebookSearch.add("t/e7bb99",[["给了",[1,"BnCgiEBuQ"]],["给出",[1,"BnCggGB49B"]],["给外",[1,"BvEg0EClZ9Y"]]]);
