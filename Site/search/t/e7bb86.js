CasebookSearch.add("t/e7bb86",[["细节",[1,"BnCgiEB4P"]]]);
