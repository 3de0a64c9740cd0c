CasebookSearch.add("t/e5ba94",[["应商",[9808,"B-LgyGE9KmBnOjG"]],["应怀",[9808,"BgDggGBmgB"]],["应检",[9808,"BgDggGBghB"]]]);
