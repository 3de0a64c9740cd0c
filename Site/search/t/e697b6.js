CasebookSearch.add("t/e697b6",[["时",[1,"B7IkgEByC"]],["时因",[1,"BnCgoEBksB"]],["时才",[1,"BnCgoEBysB"]],["时第",[1,"BnCggFBt8B"]],["时链",[1,"BvOigEB2B"]]]);
