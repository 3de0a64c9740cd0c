CasebookSearch.add("t/e5bc8f",[["式下",[9808,"BgDgoEByU"]],["式构",[9808,"BgDgwEBja"]],["式的",[9808,"BgDggGBqgB"]],["式链",[9808,"B3JkgEB5C"]]]);
