CasebookSearch.add("t/e695b0",[["数体",[1,"BgDgkEBvO"]],["数只",[1,"BgDggGB3gB"]],["数名",[1,"B_FgiGC8LkU"]],["数的",[1,"BgDggFBqc"]]]);
