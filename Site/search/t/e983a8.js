CasebookSearch.add("t/e983a8",[["部署",[1,"BnCggFBu6B"]],["部链",[1,"BrVg_GI8HyC3FiJqLZ6MtL"]]]);
