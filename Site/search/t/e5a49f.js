CasebookSearch.add("t/e5a49f",[["够启",[1,"BvEgoFC3tB1L"]],["够生",[1,"BnCgkEBja"]]]);
