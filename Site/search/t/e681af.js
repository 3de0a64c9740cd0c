CasebookSearch.add("t/e681af",[["息地",[1,"BnCgoEB4pB"]],["息失",[1,"BnCgoEB9mB"]]]);
