CasebookSearch.add("t/e69da1",[["条会",[1,"BnCggFBh9B"]],["条信",[1,"BnCgoEB7mB"]],["条命",[1,"BnCggFBw8B"]]]);
