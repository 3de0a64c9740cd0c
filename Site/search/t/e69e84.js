CasebookSearch.add("t/e69e84",[["构建",[1,"BlvBg_FSpGPtCchF2IwO6HuFaTvCiBUpBcRR"]]]);
