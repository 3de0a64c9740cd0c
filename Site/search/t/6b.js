CasebookSearch.add("t/6b",[["keep",[2,"AvLgQCuRvBC8CgQBtoB"]],["keeps",[1,"C8CgQB3mB"]],["known",[1,"C3IgFC0GuP"]],["knqyf263",[2,"BnCgkEBkTB8CgEBnQ"]],["kubernetes",[2,"BnCggFBz6BB8CggBB6sB"]]]);
