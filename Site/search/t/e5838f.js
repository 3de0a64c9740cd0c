CasebookSearch.add("t/e5838f",[["像摘",[1,"BnCgoEBqoB"]]]);
