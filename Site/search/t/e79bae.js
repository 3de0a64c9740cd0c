CasebookSearch.add("t/e79bae",[["目录",[1,"B-LgyGE_KmBnOjG"]],["目标",[1,"BgDgwEB5a"]]]);
