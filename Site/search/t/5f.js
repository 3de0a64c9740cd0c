CasebookSearch.add("t/5f",[["__golang_extldflags",[3,"A3EgQB7PB_Fg0EChR2IBxJgUEiThNHgB"]],["_arm64.go",[1,"CsCgEB0Q"]],["_strict_symbol_defs_build",[2,"BgDgwEBqYBsCgQB0e"]]]);
