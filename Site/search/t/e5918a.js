CasebookSearch.add("t/e5918a",[["告未",[1,"BgDgoEBsW"]],["告的",[1,"BgDggGB2f"]]]);
