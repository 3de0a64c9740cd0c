CasebookSearch.add("t/e585a5",[["入了",[1,"BgDgkEB6N"]],["入口",[1,"B8QiwECmCyX"]],["入路",[1,"B-Og8GF6OjB9E8FlF"]]]);
