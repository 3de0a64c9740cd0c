CasebookSearch.add("t/e585a5",[["入了",[9808,"BgDgkEB6N"]],["入口",[9808,"B8QiwECmCyX"]],["入路",[9808,"B-Og8GF6OjB9E8FlF"]]]);
