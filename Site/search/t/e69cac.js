CasebookSearch.add("t/e69cac",[["本化",[1,"BgDggFB_c"]],["本原",[1,"BgDgoEB-R"]],["本来",[1,"B_Fg4ECiUuE"]],["本重",[1,"BgDgoEBkX"]]]);
