CasebookSearch.add("t/e5afbc",[["导入",[1,"BzPg-GHgR-ExBhK5B9R5I"]],["导出",[1,"B2GgkED-ZZS"]]]);
