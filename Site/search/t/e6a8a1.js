CasebookSearch.add("t/e6a8a1",[["模块",[1,"BgDgwEBoa"]],["模式",[1,"B1Vk8GF4CkO9DxFnG"]]]);
