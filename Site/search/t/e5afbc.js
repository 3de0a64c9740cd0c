CasebookSearch.add("t/e5afbc",[["导入",[1,"B-Og8GFhPjB9E8FlF"]],["导出",[1,"BgDgkEBqR"]]]);
