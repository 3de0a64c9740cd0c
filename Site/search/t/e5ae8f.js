CasebookSearch.add("t/e5ae8f",[["宏构",[9808,"BgDgkEBkQ"]],["宏触",[9808,"BjGghEBqH"]]]);
