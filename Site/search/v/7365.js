CasebookSearch.add("v/7365",["second","section","security","seen","segment","segmentio","sequel","sets","setting","settings","seven","several"]);
