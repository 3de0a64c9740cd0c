CasebookSearch.add("t/e4bd9c",[["作为",[1,"BnCgkEBuS"]],["作没",[1,"BnCgoEB0iB"]],["作用",[1,"BnCggFB94B"]]]);
