CasebookSearch.add("t/e8bdaf",[["软件",[1,"B9Ig0HE6X6XsInI"]]]);
