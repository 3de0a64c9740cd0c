CasebookSearch.add("t/e4be9d",[["依然",[1,"BgDgoEB7W"]],["依赖",[1,"BgDgkEBrO"]]]);
