CasebookSearch.add("t/e7acac",[["第",[1,"BnCgiEB0M"]],["第一",[1,"BnCggFBu8B"]],["第二",[1,"BvEgiFC2LpxB"]]]);
