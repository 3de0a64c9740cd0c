CasebookSearch.add("t/5f",[["__golang_extldflags",[1335,"AzJgUE6ShNHgBBgGg0EC5Q2IB4EgQBzP"]],["_arm64.go",[9808,"AtCgEBsQ"]],["_strict_symbol_defs_build",[4700,"AtCgQBseBgDgwEBiY"]]]);
