CasebookSearch.add("t/7a",[["z",[3,"ArkCk-BLpCYmHgB4CwDFBBoCDB2ak6EJiDwOpMnBlBqH-I7BjBBliBkaJ2CsM2Jbf-EwFyBgB"]]]);
