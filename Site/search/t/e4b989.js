CasebookSearch.add("t/e4b989",[["义为",[1,"BgDgoEBmV"]],["义引",[1,"B_FgoGCnWqJ"]],["义符",[1,"B_Ig6EDtKhIvG"]]]);
