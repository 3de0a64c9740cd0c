CasebookSearch.add("t/e983bd",[["都会",[1,"BnCgoEBihB"]],["都带",[1,"BnCgkEB4U"]],["都没",[1,"BnCggFBl6B"]]]);
