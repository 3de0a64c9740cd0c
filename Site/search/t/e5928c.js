CasebookSearch.add("t/e5928c",[["和",[9808,"B7WimEE8BrG1FW"]]]);
