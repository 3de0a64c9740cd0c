CasebookSearch.add("t/e79c9f",[["真实",[1,"BvEg4EClmB_O"]]]);
