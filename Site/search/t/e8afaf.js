CasebookSearch.add("t/e8afaf",[["误中",[1,"BnCgoEB4hB"]],["误消",[1,"BnCggGB3-B"]],["误特",[1,"BnCgiEBkO"]]]);
