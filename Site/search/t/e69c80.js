CasebookSearch.add("t/e69c80",[["最初",[1,"BnCgoEBle"]],["最后",[1,"BnCgiEBoJ"]],["最小",[1,"B2Gg4ED5lByF9K"]],["最晚",[1,"BnCgiEBuI"]],["最终",[1,"BnCgkEB-W"]]]);
