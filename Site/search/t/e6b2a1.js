CasebookSearch.add("t/e6b2a1",[["没有",[1,"BuhBg-FPqPnC9DxJnBvCFmFpGlCDtDzC1DtC"]]]);
