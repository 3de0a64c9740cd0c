CasebookSearch.add("t/e5afbc",[["导入",[9808,"B-Og8GF5OjB9E8FlF"]],["导出",[9808,"BgDgkEBiR"]]]);
