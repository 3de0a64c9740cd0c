CasebookSearch.add("t/e698af",[["是后",[1,"BgDgoEBpX"]],["是否",[1,"B_IggFDvdIT"]],["是报",[1,"BgDgoEBqW"]],["是权",[1,"BgDggGBhhB"]],["是汇",[1,"BgDgoEBpV"]],["是符",[1,"B_FgoGCxUtL"]],["是让",[1,"BgDgoEB0W"]]]);
