CasebookSearch.add("t/e4ba9b",[["些函",[1,"BnCgoEB4sB"]]]);
