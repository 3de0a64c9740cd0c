CasebookSearch.add("t/e8bf99",[["这一",[9808,"B_Ig4ED3S5F6C"]],["这个",[9808,"B_FgsECnRxE"]],["这样",[9808,"BgDggFBoe"]],["这正",[9808,"BgDgoEB_W"]]]);
