CasebookSearch.add("t/e5bc95",[["引入",[1,"B_HglECtH1L"]],["引擎",[1,"BvEgqEC1K5hB"]],["引用",[1,"B7RgoFIygB8CbOO4CpB2T"]]]);
