CasebookSearch.add("t/e58887",[["切的",[1,"B4FghEB8G"]]]);
