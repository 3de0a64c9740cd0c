CasebookSearch.add("t/e697b6",[["时",[1,"B2MkgGC9Cod"]],["时本",[1,"BgDgoEB5T"]],["时该",[1,"BgDgkEB2P"]],["时链",[1,"B8NigEBhC"]]]);
