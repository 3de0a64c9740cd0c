CasebookSearch.add("t/e58c96",[["化引",[1,"BnCgiEB0K"]],["化的",[1,"B2Gg4FDjdqVxF"]]]);
