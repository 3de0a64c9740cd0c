CasebookSearch.add("t/e58699",[["写作",[9808,"BgDgkEBoP"]]]);
