CasebookSearch.add("v/7369",["signatures","signs","sigsegv","silenced","silences","silently","since"]);
