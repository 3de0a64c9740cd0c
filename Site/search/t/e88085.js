CasebookSearch.add("t/e88085",[["者在",[1,"BnCgwEBqxB"]],["者报",[1,"BnCgoEB-kB"]]]);
