CasebookSearch.add("t/5f",[["__golang_extldflags",[1335,"AxJgUE6ShNHgBB_Fg0EC5Q2IB3EgQBzP"]],["_arm64.go",[9808,"AsCgEBsQ"]],["_strict_symbol_defs_build",[4700,"AsCgQBseBgDgwEBiY"]]]);
