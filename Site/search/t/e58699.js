CasebookSearch.add("t/e58699",[["写作",[1,"BgDgkEBwP"]]]);
