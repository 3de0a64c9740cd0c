CasebookSearch.add("t/e585a5",[["入了",[1,"BiLkkEChDiQ"]],["入口",[1,"ByZmwED7BchxB"]],["入本",[1,"BnCgiEB-N"]],["入该",[1,"BnCgoEB5c"]],["入路",[1,"BzPg-GHhR-ExBhK5B9R5I"]]]);
