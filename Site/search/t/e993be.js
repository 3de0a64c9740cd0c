CasebookSearch.add("t/e993be",[["链接",[9808,"B1kCm_GQiCY2EiBWyCVvEiBqBIjCuC_CpEpB"]]]);
