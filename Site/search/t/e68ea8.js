CasebookSearch.add("t/e68ea8",[["推出",[1,"BnCggGBigC"]],["推断",[1,"BvEgqECxN0d"]],["推荐",[1,"BnCgwEBx0B"]]]);
