CasebookSearch.add("t/e8aeb0",[["记录",[1,"BvEgoEC0clH"]]]);
