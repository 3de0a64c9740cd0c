CasebookSearch.add("t/e590af",[["启动",[1,"BvEgoFC4tB1L"]]]);
