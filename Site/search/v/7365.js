CasebookSearch.add("v/7365",["second","section","security","seen","segment","segmentio","sequel","setting","settings","seven","several"]);
