CasebookSearch.add("t/e69e90",[["析引",[1,"BnCgoEBlpB"]],["析的",[1,"B2GgoFDwgBrH_U"]]]);
