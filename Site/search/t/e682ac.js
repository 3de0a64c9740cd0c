CasebookSearch.add("t/e682ac",[["悬空",[1,"BnCgoEB1kB"]]]);
