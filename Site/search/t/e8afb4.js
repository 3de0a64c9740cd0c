CasebookSearch.add("t/e8afb4",[["说加",[1,"BnCgoEB3c"]],["说只",[1,"BnCgoEBwoB"]],["说得",[1,"BnCgoEBtc"]],["说明",[1,"BvEgqEChQ_R"]]]);
