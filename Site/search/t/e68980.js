CasebookSearch.add("t/e68980",[["所以",[1,"B2GgqFD5M6TiY"]],["所有",[1,"BnCgoEBhpB"]],["所用",[1,"BnCgkEBoY"]],["所说",[1,"BnCgoEBvoB"]],["所读",[1,"BnCgiEB_L"]],["所采",[1,"BnCgoEBqnB"]]]);
