CasebookSearch.add("t/e69cac",[["本化",[1,"BgDggFB3c"]],["本原",[1,"BgDgoEB2R"]],["本来",[1,"B_Fg4EC6TuE"]],["本重",[1,"BgDgoEB8W"]]]);
