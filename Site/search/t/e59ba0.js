CasebookSearch.add("t/e59ba0",[["因为",[1,"BnCgoEBskB"]],["因此",[1,"BnCgiEB6N"]]]);
