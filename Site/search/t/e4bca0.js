CasebookSearch.add("t/e4bca0",[["传给",[1,"BvEg0ECkZ9Y"]]]);
