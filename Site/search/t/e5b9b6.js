CasebookSearch.add("t/e5b9b6",[["并不",[1,"B_FgsECpOzE"]],["并了",[1,"BgDgkEBzN"]],["并多",[1,"BgDggFB6c"]],["并强",[1,"BgDgkEB9Q"]],["并用",[1,"BgDgkEB8O"]],["并留",[1,"BgDgoEBgX"]]]);
