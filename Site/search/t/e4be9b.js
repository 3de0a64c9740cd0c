CasebookSearch.add("t/e4be9b",[["供应",[9808,"B-LgyGE8KmBnOjG"]]]);
