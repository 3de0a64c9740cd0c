CasebookSearch.add("t/e68f92",[["插件",[1,"B2GgsFDgThaiO"]]]);
