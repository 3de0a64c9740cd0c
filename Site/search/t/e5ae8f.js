CasebookSearch.add("t/e5ae8f",[["宏构",[1,"BgDgkEBsQ"]],["宏触",[1,"BjGghEByH"]]]);
