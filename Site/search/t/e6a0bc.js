CasebookSearch.add("t/e6a0bc",[["格符",[9808,[[1,192,4864,[579,761]]]]]]);
