CasebookSearch.add("t/e68c87",[["指令",[1,"BnCgkEB5V"]],["指向",[1,"BvEgoECmd-M"]]]);
