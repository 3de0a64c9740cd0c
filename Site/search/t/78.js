CasebookSearch.add("t/78",[["x",[2,"BvEgoECqhBMB5FgICkbG"]],["x86",[3,"A5HgBBgGB4FghEBlGB7FgBB6F"]],["x86_64",[2,"A5HgBBgGC7FgBB6F"]],["xx",[2,"BnCggGBmgCB8CggCB5wB"]]]);
