CasebookSearch.add("t/e7bc80",[["缀时",[1,"BnCggGBs-B"]],["缀的",[1,"BnCgoEB4iB"]]]);
