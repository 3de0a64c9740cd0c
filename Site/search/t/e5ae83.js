CasebookSearch.add("t/e5ae83",[["它也",[1,"BnCgoEBnoB"]],["它们",[1,"BnCgkEBjW"]],["它压",[1,"BnCgoEB4oB"]],["它在",[1,"BnCggGBv_B"]],["它帮",[1,"BnCgwEBiwB"]],["它直",[1,"BnCgkEBtY"]],["它还",[1,"BnCgkEB6Y"]]]);
