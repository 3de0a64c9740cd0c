CasebookSearch.add("t/e4be9b",[["供应",[1,"B-LgyGEkLmBnOjG"]]]);
