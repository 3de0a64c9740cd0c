CasebookSearch.add("t/e68890",[["成了",[1,"BnCgkEB6Z"]],["成功",[1,"BvEggFCu3B_C"]],["成链",[1,"BnCgoEBxqB"]]]);
