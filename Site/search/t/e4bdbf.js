CasebookSearch.add("t/e4bdbf",[["使导",[1,"BnCgkEB9Z"]],["使用",[1,"BvEgoFCukBiU"]]]);
