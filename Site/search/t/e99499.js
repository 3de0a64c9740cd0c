CasebookSearch.add("t/e99499",[["错为",[1,"BnCgoEBzlB"]],["错的",[1,"BnCgiEB0Q"]],["错误",[1,"B9IgqGEjO0TyHtV"]]]);
