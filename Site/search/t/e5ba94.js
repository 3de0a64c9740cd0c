CasebookSearch.add("t/e5ba94",[["应商",[1,"B-LgyGE9KmBnOjG"]],["应怀",[1,"BgDggGBmgB"]],["应检",[1,"BgDggGBghB"]]]);
