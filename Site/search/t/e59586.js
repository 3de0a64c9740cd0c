CasebookSearch.add("t/e59586",[["商目",[9808,"B-LgyGE-KmBnOjG"]]]);
