CasebookSearch.add("t/e7aba0",[["章所",[1,"BnCgoEBuoB"]],["章这",[1,"BnCggFB86B"]]]);
