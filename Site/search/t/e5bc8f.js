CasebookSearch.add("t/e5bc8f",[["式下",[1,"BgDgoEByU"]],["式构",[1,"BgDgwEBja"]],["式的",[1,"BgDggGBqgB"]],["式链",[1,"B3JkgEB5C"]]]);
