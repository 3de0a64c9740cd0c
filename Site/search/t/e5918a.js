CasebookSearch.add("t/e5918a",[["告未",[9808,"BgDgoEBkW"]],["告的",[9808,"BgDggGBuf"]]]);
