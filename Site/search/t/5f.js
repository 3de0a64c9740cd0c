CasebookSearch.add("t/5f",[["__golang_extldflags",[3,"A4FgQBzRB9Ig0EEjZ9YJjBByLgUEgVqRHgB"]],["_arm64.go",[2,"BnCgkEBnVB8CgEBoS"]],["_strict_symbol_defs_build",[2,"BnCgwEB-vBB8CgQB7kB"]]]);
