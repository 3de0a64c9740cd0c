CasebookSearch.add("t/e5ba94",[["应商",[1,"B-LgyGElLmBnOjG"]],["应怀",[1,"BgDggGBugB"]],["应检",[1,"BgDggGBohB"]]]);
