CasebookSearch.add("t/e58699",[["写作",[1,"BvEgsEC3W8L"]],["写入",[1,"BnCgkEB2Y"]],["写在",[1,"BnCgkEB-a"]],["写的",[1,"B_HglEC0GxN"]]]);
