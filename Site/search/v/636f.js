CasebookSearch.add("v/636f",["code","come","comes","command","commit","compiler","condition","config","confirmed","consequence","considered","containerd","contains","copr","copy"]);
