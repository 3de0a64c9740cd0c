CasebookSearch.add("t/e695b0",[["数体",[9808,"BgDgkEBvO"]],["数只",[9808,"BgDggGB3gB"]],["数名",[9808,"B_FgiGC8LkU"]],["数的",[9808,"BgDggFBqc"]]]);
