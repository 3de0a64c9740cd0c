CasebookSearch.add("t/e9878c",[["里出",[1,"BnCggGBo-B"]],["里同",[1,"BnCgiEBnP"]],["里它",[1,"BnCgwEBhwB"]],["里带",[1,"BnCgiEBkR"]],["里是",[1,"BnCgoEBlkB"]],["里留",[1,"BnCggGB2_B"]]]);
