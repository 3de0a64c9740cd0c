CasebookSearch.add("v/7374",["stacking","stacks","status","stay","step","still","stopped","strict","stricter"]);
