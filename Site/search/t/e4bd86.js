CasebookSearch.add("t/e4bd86",[["但",[1,"BvEg0EC8a5Y"]],["但并",[1,"BnCgoEB-nB"]]]);
