CasebookSearch.add("t/e5928c",[["和",[9808,"B3WimEE8BrG1FW"]]]);
