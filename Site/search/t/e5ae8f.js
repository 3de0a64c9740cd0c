CasebookSearch.add("t/e5ae8f",[["宏构",[1,"BnCgkEB3X"]],["宏触",[1,"B4FghEB3H"]]]);
