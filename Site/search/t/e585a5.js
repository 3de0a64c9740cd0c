CasebookSearch.add("t/e585a5",[["入了",[9808,"BgDgkEB6N"]],["入口",[9808,"B2QiwECmCyX"]],["入路",[9808,"BhPg8GF6OjB9E8FlF"]]]);
