CasebookSearch.add("t/e5928c",[["和",[1,"B7WimEE8BrG1FW"]]]);
