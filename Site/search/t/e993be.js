CasebookSearch.add("t/e993be",[["链接",[9808,"BxkCm_GQiCY2EiBWyCVvEiBqBIjCuC_CpEpB"]]]);
