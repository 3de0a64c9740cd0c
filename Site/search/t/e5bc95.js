CasebookSearch.add("t/e5bc95",[["引入",[1,"BjJglECoH5G"]],["引擎",[1,"BgDgiEB2J"]],["引用",[1,"B-OgoHFrU5BMxIZ"]]]);
