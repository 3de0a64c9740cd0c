CasebookSearch.add("t/e68aa5",[["报告",[1,"B1VkqGFgDyG5MN9I"]]]);
