CasebookSearch.add("t/e4b989",[["义为",[1,"BgDgoEBuV"]],["义引",[1,"B_FgoGCvWqJ"]],["义符",[1,"B_Ig6ED1KhIvG"]]]);
