CasebookSearch.add("t/e58faa",[["只在",[1,"BnCgwEBm2B"]],["只放",[1,"BnCgoEBxoB"]],["只是",[1,"BvEgoGC_jBgb"]],["只有",[1,"BvEgoFCosBvO"]],["只说",[1,"BnCgoEB2c"]]]);
