CasebookSearch.add("t/e5bc95",[["引入",[1,"BjJglECgH5G"]],["引擎",[1,"BgDgiEBuJ"]],["引用",[1,"B-OgoHFjU5BMxIZ"]]]);
