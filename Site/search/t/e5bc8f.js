CasebookSearch.add("t/e5bc8f",[["式下",[1,"BgDgoEB6U"]],["式构",[1,"BgDgwEBra"]],["式的",[1,"BgDggGBygB"]],["式链",[1,"B3JkgEB5C"]]]);
