CasebookSearch.add("t/e58e9f",[["原因",[1,"B9Ig4GEjc9OkJnM"]]]);
