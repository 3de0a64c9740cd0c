CasebookSearch.add("v/7374",["stacking","stacks","started","starts","status","stay","step","still","stopped","strict","stricter"]);
