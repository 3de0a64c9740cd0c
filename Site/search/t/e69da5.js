CasebookSearch.add("t/e69da5",[["来以",[1,"BnCgoEB3qB"]],["来就",[1,"BnCgoEBqgB"]],["来的",[1,"BnCgiEB0N"]],["来自",[1,"BvEgqEC5JnU"]]]);
