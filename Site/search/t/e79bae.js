CasebookSearch.add("t/e79bae",[["目录",[9808,"B-LgyGE_KmBnOjG"]],["目标",[9808,"BgDgwEB5a"]]]);
