CasebookSearch.add("t/e585a5",[["入了",[1,"BgDgkEBiO"]],["入口",[1,"B8QiwECmC6X"]],["入路",[1,"B-Og8GFiPjB9E8FlF"]]]);
