CasebookSearch.add("t/e6aca1",[["次事",[1,"BnCggGB8_B"]],["次构",[1,"BvEgiFChP2sB"]],["次链",[1,"BnCgoEB9oB"]]]);
