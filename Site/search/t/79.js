CasebookSearch.add("t/79",[["yourself",[9808,[[0,77,1024,[1240]]]]]]);
