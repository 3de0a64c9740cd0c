CasebookSearch.add("t/e5bc95",[["引入",[9808,"BiJglECgH5G"]],["引擎",[9808,"BgDgiEBuJ"]],["引用",[9808,"BhPgoHFjU5BMxIZ"]]]);
