CasebookSearch.add("t/e696b9",[["方向",[1,"BnCgoEBhkB"]],["方定",[1,"BnCgoEB_iB"]],["方式",[1,"BnCgoEB6gB"]],["方案",[1,"B2Gg4EDtnBtHrC"]],["方说",[1,"BnCgoEBsc"]]]);
