CasebookSearch.add("t/e4b989",[["义为",[9808,"BgDgoEBmV"]],["义引",[9808,"BgGgoGCnWqJ"]],["义符",[9808,"BhJg6EDtKhIvG"]]]);
