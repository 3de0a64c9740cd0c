CasebookSearch.add("t/e697b6",[["时",[1,"B2MkgGC9Cwd"]],["时本",[1,"BgDgoEBhU"]],["时该",[1,"BgDgkEB-P"]],["时链",[1,"B8NigEBhC"]]]);
