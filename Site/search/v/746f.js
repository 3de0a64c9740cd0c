CasebookSearch.add("v/746f",["tool","toolchain","tools"]);
