CasebookSearch.add("t/e4b989",[["义为",[9808,"BgDgoEBmV"]],["义引",[9808,"B_FgoGCnWqJ"]],["义符",[9808,"B_Ig6EDtKhIvG"]]]);
