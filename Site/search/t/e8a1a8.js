CasebookSearch.add("t/e8a1a8",[["表明",[1,"BnCgoEBxe"]],["表示",[1,"BnCgkEB8W"]]]);
