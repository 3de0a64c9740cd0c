CasebookSearch.add("t/e8afb7",[["请求",[1,"BnCgiEB9J"]]]);
