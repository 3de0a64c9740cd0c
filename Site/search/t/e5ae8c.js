CasebookSearch.add("t/e5ae8c",[["完全",[1,"BnCgkEBqT"]],["完成",[1,"BvEgqECnKpgB"]],["完整",[1,"BvEgsEC8VrN"]]]);
