CasebookSearch.add("t/e7bc96",[["编例",[1,"BnCgkEBxW"]],["编引",[1,"BnCgoEBokB"]],["编本",[1,"BnCgkEB0W"]],["编被",[1,"BnCgoEBoiB"]],["编译",[1,"BvEgqECjKpiB"]]]);
