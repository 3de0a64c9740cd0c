CasebookSearch.add("t/e8bf99",[["这一",[1,"B_Ig4ED_S5F6C"]],["这个",[1,"B_FgsECvRxE"]],["这样",[1,"BgDggFBwe"]],["这正",[1,"BgDgoEBnX"]]]);
