CasebookSearch.add("t/e695b0",[["数体",[1,"BgDgkEB3O"]],["数只",[1,"BgDggGB_gB"]],["数名",[1,"B_FgiGCkMkU"]],["数的",[1,"BgDggFByc"]]]);
