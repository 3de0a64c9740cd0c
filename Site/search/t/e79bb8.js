CasebookSearch.add("t/e79bb8",[["相关",[1,"BnCgoEBnrB"]],["相反",[1,"BnCgoEBjkB"]],["相同",[1,"BnCgoEBumB"]]]);
