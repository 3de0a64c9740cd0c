CasebookSearch.add("t/e6a8a1",[["模块",[9808,"BgDgwEBga"]],["模式",[9808,"B1Vk8GF4C8N9DxFnG"]]]);
