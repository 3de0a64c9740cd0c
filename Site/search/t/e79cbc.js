CasebookSearch.add("t/e79cbc",[["眼见",[1,"BnCgiEB4N"]]]);
