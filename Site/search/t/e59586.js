CasebookSearch.add("t/e59586",[["商目",[1,"B-LgyGEmLmBnOjG"]]]);
