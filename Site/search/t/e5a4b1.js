CasebookSearch.add("t/e5a4b1",[["失别",[1,"BnCgoEBupB"]],["失效",[1,"BnCgoEB3jB"]],["失的",[1,"BvEgiGC8M9xB"]],["失符",[1,"BnCgoEBnqB"]],["失败",[1,"BjeiqEI5B4H3EqRyBtEtB_D"]]]);
