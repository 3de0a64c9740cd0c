CasebookSearch.add("t/e5928c",[["和",[1,"BlpBmuEKxBqBlG3F5B1C6BXkFiJ"]],["和可",[1,"BnCgkEBgZ"]]]);
