CasebookSearch.add("t/e5bc95",[["引入",[9808,"BjJglECgH5G"]],["引擎",[9808,"BgDgiEBuJ"]],["引用",[9808,"B-OgoHFjU5BMxIZ"]]]);
