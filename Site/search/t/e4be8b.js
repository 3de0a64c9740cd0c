CasebookSearch.add("t/e4be8b",[["例中",[1,"BvEg4ECwrB9K"]],["例最",[1,"BnCgoEBke"]],["例的",[1,"BnCgiEBhO"]],["例程",[1,"BnCgkEByW"]]]);
