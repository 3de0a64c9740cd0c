CasebookSearch.add("t/e697a9",[["早七",[1,"BnCggGB7gC"]],["早在",[1,"BnCggGBwgC"]],["早版",[1,"BnCgkEBhY"]]]);
