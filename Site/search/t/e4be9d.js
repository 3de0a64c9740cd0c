CasebookSearch.add("t/e4be9d",[["依然",[9808,"BgDgoEBzW"]],["依赖",[9808,"BgDgkEBjO"]]]);
