CasebookSearch.add("t/e697b6",[["时",[9808,"B2MkgGC9Cod"]],["时本",[9808,"BgDgoEB5T"]],["时该",[9808,"BgDgkEB2P"]],["时链",[9808,"B8NigEBhC"]]]);
