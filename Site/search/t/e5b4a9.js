CasebookSearch.add("t/e5b4a9",[["崩溃",[1,"B2GgoFDmsBnCgN"]]]);
