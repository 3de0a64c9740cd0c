CasebookSearch.add("t/e5918a",[["告未",[1,"BgDgoEBkW"]],["告的",[1,"BgDggGBuf"]]]);
