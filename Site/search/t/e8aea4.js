CasebookSearch.add("t/e8aea4",[["认值",[1,"BnCgkEB3Z"]]]);
