CasebookSearch.add("t/e79bae",[["目录",[1,"B-LgyGEnLmBnOjG"]],["目标",[1,"BgDgwEBhb"]]]);
