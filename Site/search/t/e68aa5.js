CasebookSearch.add("t/e68aa5",[["报告",[9808,"B1VkqGFgDqG5MN9I"]]]);
