CasebookSearch.add("t/5f",[["__golang_extldflags",[3,"A3EgQBzPB_Fg0EC5Q2IBxJgUE6ShNHgB"]],["_arm64.go",[1,"CsCgEBsQ"]],["_strict_symbol_defs_build",[2,"BgDgwEBiYBsCgQBse"]]]);
