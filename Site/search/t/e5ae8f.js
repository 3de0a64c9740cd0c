CasebookSearch.add("t/e5ae8f",[["宏构",[1,"BgDgkEBkQ"]],["宏触",[1,"BjGghEBqH"]]]);
