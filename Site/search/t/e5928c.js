CasebookSearch.add("t/e5928c",[["和",[1,"B7WimEE8BzG1FW"]]]);
