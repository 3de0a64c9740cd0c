CasebookSearch.add("v/6166",["after","aftergofunctioncallentrypoint"]);
