CasebookSearch.add("t/e58f98",[["变包",[1,"BnCgoEByjB"]],["变更",[1,"BvEgoGCyc8jB"]]]);
