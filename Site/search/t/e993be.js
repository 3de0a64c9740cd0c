CasebookSearch.add("t/e993be",[["链接",[1,"BxkCm_GQiCY-EiBWyCVvEiBqBIjCuC_CpEpB"]]]);
