CasebookSearch.add("t/e68aa5",[["报告",[1,"B1VkqGFgDqG5MN9I"]]]);
