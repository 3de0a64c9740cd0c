CasebookSearch.add("t/e697a5",[["日",[1,"B2Gg2ED1I0Jof"]],["日作",[1,"BnCgkEBtS"]],["日志",[1,"B2GgiED3JsCiD"]],["日打",[1,"BnCgkEB2T"]],["日的",[1,"BnCgkEBxZ"]]]);
