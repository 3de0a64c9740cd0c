CasebookSearch.add("t/e4b88b",[["下了",[1,"BvEgoGC6oB-W"]],["下从",[1,"BnCgwEB50B"]],["下的",[1,"BnCggGBy-B"]]]);
