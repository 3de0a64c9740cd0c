CasebookSearch.add("t/e8bf99",[["这一",[1,"B_Ig4ED3S5F6C"]],["这个",[1,"B_FgsECnRxE"]],["这样",[1,"BgDggFBoe"]],["这正",[1,"BgDgoEB_W"]]]);
