CasebookSearch.add("t/e4b99f",[["也不",[1,"BvEgoECvf5I"]],["也会",[1,"BnCgoEBzpB"]],["也就",[1,"BnCgoEB6sB"]],["也没",[1,"BnCgoEBouB"]],["也记",[1,"BnCgoEB4jB"]],["也都",[1,"BnCgkEB3U"]]]);
