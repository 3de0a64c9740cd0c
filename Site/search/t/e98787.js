CasebookSearch.add("t/e98787",[["采用",[1,"B9Ig4EErnB6H9BxD"]]]);
