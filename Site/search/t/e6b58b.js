CasebookSearch.add("t/e6b58b",[["测试",[1,"BnCggFB16B"]]]);
