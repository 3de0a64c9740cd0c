CasebookSearch.add("t/e694b9",[["改之",[1,"BnCggFB45B"]],["改会",[1,"BnCggFB54B"]],["改动",[1,"BnCgkEBva"]],["改变",[1,"BnCgoEBxjB"]],["改成",[1,"BnCgkEB5Z"]]]);
