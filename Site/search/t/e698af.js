CasebookSearch.add("t/e698af",[["是后",[1,"BgDgoEBhX"]],["是否",[1,"B_IggFDndIT"]],["是报",[1,"BgDgoEBiW"]],["是权",[1,"BgDggGB5gB"]],["是汇",[1,"BgDgoEBhV"]],["是符",[1,"B_FgoGCpUtL"]],["是让",[1,"BgDgoEBsW"]]]);
