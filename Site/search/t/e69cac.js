CasebookSearch.add("t/e69cac",[["本化",[9808,"BgDggFB3c"]],["本原",[9808,"BgDgoEB2R"]],["本来",[9808,"B_Fg4EC6TuE"]],["本重",[9808,"BgDgoEB8W"]]]);
