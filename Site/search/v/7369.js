CasebookSearch.add("v/7369",["sigsegv","silenced","silences","since"]);
