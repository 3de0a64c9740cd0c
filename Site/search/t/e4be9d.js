CasebookSearch.add("t/e4be9d",[["依然",[1,"BgDgoEBzW"]],["依赖",[1,"BgDgkEBjO"]]]);
