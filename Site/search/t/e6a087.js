CasebookSearch.add("t/e6a087",[["标仍",[1,"BnCgoEBxiB"]],["标就",[1,"BnCgwEBz1B"]],["标文",[1,"BnCgiEBqQ"]],["标签",[1,"BnCgkEB7T"]]]);
