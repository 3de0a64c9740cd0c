CasebookSearch.add("t/e6ada3",[["正好",[1,"BnCgoEB-hB"]],["正常",[1,"BvEggFC_5BsC"]],["正是",[1,"BnCgoEB0qB"]]]);
