CasebookSearch.add("v/636f",["code","come","command","commit","compiler","condition","config","confirmed","consequence","considered","containerd","contains","copr","copy"]);
